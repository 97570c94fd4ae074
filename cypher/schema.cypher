// FTZ Atlas schema: applied by the loader (graph-loader/src/db/schema.ts) before every load.
// Idempotent: every statement uses IF NOT EXISTS. Statements end with a semicolon at the end of a line.

// One node per id and label (Document nodes are also Policy nodes and share the policy id).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;

// Saved queries stored by the query service are unique by name.
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.name IS UNIQUE;

// Lookups the loader makes: a document by its file or by its bytes' sha256, measures by document.
CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX measure_doc IF NOT EXISTS FOR (n:Measure) ON (n.docId);

// Properties the saved queries filter or sort on (cypher/queries/*.cypher): deadlines by date range,
// measures by kind, instruments by kind, zones by kind and name, agencies by jurisdiction, industries,
// agencies and zones by name (pickers and parameters), measures by plan order.
CREATE INDEX measure_due_date IF NOT EXISTS FOR (n:Measure) ON (n.dueDate);
CREATE INDEX measure_kind IF NOT EXISTS FOR (n:Measure) ON (n.kind);
CREATE INDEX measure_doc_start IF NOT EXISTS FOR (n:Measure) ON (n.docId, n.start);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind);
CREATE INDEX zone_kind IF NOT EXISTS FOR (n:Zone) ON (n.kind);
CREATE INDEX zone_name IF NOT EXISTS FOR (n:Zone) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX agency_jurisdiction IF NOT EXISTS FOR (n:Agency) ON (n.jurisdiction);
CREATE INDEX industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name);
// Counts stored after each load (graph-loader/src/db/derived-store.ts) that queries filter and sort
// on: agencies by the number of plans they work in (agencies-across-plans).
CREATE INDEX agency_plan_count IF NOT EXISTS FOR (n:Agency) ON (n.planCount);

// A relationship is stored once per (type, start, end) with the evidence of every document that states
// it in parallel lists (docIds, evidences, starts, ends, methods); its scalar docId is its first
// entry's. These indexes find relationships written before the lists existed (db/remove-evidence.ts)
// and a document's first-stated relationships.
CREATE INDEX rel_covers_doc IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.docId);
CREATE INDEX rel_part_of_doc IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.docId);
CREATE INDEX rel_contains_doc IF NOT EXISTS FOR ()-[r:CONTAINS]-() ON (r.docId);
CREATE INDEX rel_applies_to_doc IF NOT EXISTS FOR ()-[r:APPLIES_TO]-() ON (r.docId);
CREATE INDEX rel_leads_doc IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.docId);
CREATE INDEX rel_supports_doc IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.docId);
CREATE INDEX rel_involved_in_doc IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.docId);
CREATE INDEX rel_targets_doc IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.docId);
CREATE INDEX rel_focuses_on_doc IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.docId);
CREATE INDEX rel_cites_doc IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.docId);
CREATE INDEX rel_adopts_doc IF NOT EXISTS FOR ()-[r:ADOPTS]-() ON (r.docId);
CREATE INDEX rel_issued_by_doc IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.docId);

// Full-text search over names and texts. The cjk analyzer indexes Chinese as character bigrams, so
// 跨境电商 and 海关 find text that contains them; aliases (a string list) keep original spellings.
// Eventually consistent: commits do not wait for the analyzer (a plan's text is ~100k characters);
// the loader calls db.index.fulltext.awaitEventuallyConsistentIndexRefresh() when it is done.
CREATE FULLTEXT INDEX ftzSearch IF NOT EXISTS
FOR (n:Measure|Agency|Zone|Industry|Policy)
ON EACH [n.name, n.title, n.text, n.shortName, n.aliases, n.nameEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};

// The Cypher editor (Neo4j's CodeMirror 6 package): highlighting, linting, completion from the
// database's labels and relationship types. Loaded lazily: it is the heaviest part of the app.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';

export interface CypherEditorBoxProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  labels: string[];
  relationshipTypes: string[];
}

export default function CypherEditorBox({ value, onChange, onRun, labels, relationshipTypes }: CypherEditorBoxProps) {
  return (
    <CypherEditor
      className="cypher-editor"
      value={value}
      theme="light"
      lineNumbers
      lineWrapping
      autocomplete
      schema={{
        labels,
        relationshipTypes,
        propertyKeys: ['id', 'name', 'title', 'nameEn', 'evidence', 'dueDate', 'level', 'kind'],
      }}
      onValueChanged={(next: string) => onChange(next)}
      onKeyDown={(event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          onRun();
        }
      }}
    />
  );
}

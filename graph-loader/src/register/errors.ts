// The register's one error: a data file that does not hold together (a duplicate name, a successor that
// is not in the register, a short form claimed by two bodies without being marked ambiguous).
import { FtzError } from '../errors.ts';

export class RegisterDataError extends FtzError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`register data: ${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`);
    this.problems = problems;
  }
}

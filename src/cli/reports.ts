import { didYouMean } from '../config/suggest.js';
import { UsageError } from '../errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/format.js';

/** One report a run writes: its format, and its file (stdout when absent). */
export interface ReportRequest {
  readonly format: ReportFormat;
  readonly output?: string;
}

/**
 * Pairs `--format` and `--output` as they came on the command line: an `--output` belongs to
 * the `--format` before it, and one given before any `--format` to the first one (text when
 * there is none), so `--output r.json --format json` still means what it says. At most one
 * report goes to stdout, and no two to the same file.
 */
export class ReportRequests {
  private readonly requests: { format: ReportFormat; output?: string }[] = [];
  private readonly early: string[] = [];

  format = (value: string): ReportRequests => {
    if (!(REPORT_FORMATS as readonly string[]).includes(value)) {
      throw new UsageError(`--format takes ${REPORT_FORMATS.join(', ')}, not "${value}"${didYouMean(value, REPORT_FORMATS)}`);
    }
    this.requests.push({ format: value as ReportFormat });
    return this;
  };

  output = (value: string): ReportRequests => {
    const last = this.requests.at(-1);
    if (!last) this.early.push(value);
    else if (last.output === undefined) last.output = value;
    else throw new UsageError(`--output ${value} follows --output ${last.output} with no --format between them`);
    return this;
  };

  /** The reports to write, checked. */
  list(): ReportRequest[] {
    const requests = this.requests.length > 0 ? this.requests.map((request) => ({ ...request })) : [{ format: 'text' as ReportFormat }];
    if (this.early.length > 1) throw new UsageError(`--output is given ${this.early.length} times before any --format`);
    if (this.early.length === 1) {
      const first = requests[0]!;
      if (first.output !== undefined) throw new UsageError(`--output ${this.early[0]} comes before --format ${first.format}, which has --output ${first.output}`);
      first.output = this.early[0];
    }
    const toStdout = requests.filter((request) => request.output === undefined);
    if (toStdout.length > 1) {
      throw new UsageError(`${toStdout.map((request) => request.format).join(' and ')} reports would both go to stdout; give each but one an --output after its --format`);
    }
    const files = requests.flatMap((request) => (request.output === undefined ? [] : [request.output]));
    const twice = files.find((file, index) => files.indexOf(file) !== index);
    if (twice !== undefined) throw new UsageError(`two reports would be written to ${twice}`);
    return requests;
  }
}

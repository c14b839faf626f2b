/**
 * A problem found in the content: where it is, which field, and what to do about it.
 * Messages are in French because volunteers read them; everything else is in English.
 */
export type Severity = "error" | "warning";

export interface ContentProblem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column; 1:1 when the problem is about the file as a whole. */
  line: number;
  column: number;
  /** Dotted field path without list indexes (`address.postcode`), or "" for the whole file. */
  field: string;
  message: string;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field),
  );
}

export function countBySeverity(problems: readonly ContentProblem[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}

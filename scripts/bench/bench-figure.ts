/** One measured figure: lower is better, and `target` is the most it may be. */
export interface BenchFigure {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: number;
}

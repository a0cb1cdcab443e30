/** Makes a switch exhaustive: a new case that is not handled becomes a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

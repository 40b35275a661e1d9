// Extraction as ordered, named rules (like lint rules): each field has a list of
// rules tried in order, the first that yields wins, and the value keeps the id of
// the rule that produced it, so eval can score every rule and a person can see
// why a value was taken.

export interface Rule<C, V> {
  /** Stable identifier: "header.number.so-line", "task.table", "lead.giao". */
  id: string;
  description: string;
  apply(ctx: C): V | undefined;
}

export interface Ruled<V> {
  value: V;
  rule: string;
}

/** The first rule of `rules` that yields a value for `ctx`. */
export function firstRule<C, V>(rules: readonly Rule<C, V>[], ctx: C): Ruled<V> | undefined {
  for (const r of rules) {
    const value = r.apply(ctx);
    if (value !== undefined) return { value, rule: r.id };
  }
  return undefined;
}

/** Every rule id with its description, for documentation and eval. */
export function describe(...tables: readonly (readonly Rule<never, unknown>[])[]): { id: string; description: string }[] {
  return tables.flat().map((r) => ({ id: r.id, description: r.description }));
}

/**
 * Tests only: the SQL statements a piece of work sends, counted at the driver (every `query` on
 * a pg client, pooled or in a transaction). Used to show that a page's work does not grow with
 * the data (the same number of statements at 1× and 10×) and that each list has a LIMIT.
 * Not safe with other work running at the same time in the same process (tests run one at a time).
 */
import pg from 'pg';

export async function statementsOf<T>(
	work: () => Promise<T>
): Promise<{ result: T; sql: string[] }> {
	const sent: string[] = [];
	const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
	const original = proto.query;
	proto.query = function (this: unknown, ...args: unknown[]) {
		const q = args[0];
		const text =
			typeof q === 'string' ? q : q && typeof q === 'object' && 'text' in q ? String(q.text) : '';
		sent.push(text);
		return original.apply(this, args);
	};
	try {
		return { result: await work(), sql: sent };
	} finally {
		proto.query = original;
	}
}

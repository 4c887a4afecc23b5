/**
 * Message catalogues: one shape per area, written in bokmål first; nynorsk and English must
 * have exactly the same keys (a missing or extra key fails the typecheck).
 */

/** The same nested keys as T, every leaf a string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The messages of one area in the three languages. */
export function defineMessages<T extends object>(
	nb: T,
	other: { nn: Shape<NoInfer<T>>; en: Shape<NoInfer<T>> }
): { nb: T; nn: Shape<T>; en: Shape<T> } {
	return { nb, nn: other.nn, en: other.en };
}

/** Dotted paths of the string leaves of T: 'nav.skip' | 'errors.notFound' | … */
export type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string
		? `${P}${K}`
		: T[K] extends readonly unknown[]
			? never
			: T[K] extends object
				? Leaves<T[K], `${P}${K}.`>
				: never;
}[keyof T & string];

/** URL slugs from Norwegian titles: 'Kulturskole 3.0 – Helhetlig oppvekst' → 'kulturskole-3-0-helhetlig-oppvekst'. */
const MAP: Record<string, string> = {
	æ: 'ae',
	ø: 'o',
	å: 'a',
	ä: 'a',
	ö: 'o',
	ü: 'u',
	é: 'e',
	è: 'e',
	á: 'a'
};

export function slugify(input: string, maxLength = 80): string {
	const base = input
		.toLowerCase()
		.replace(/[æøåäöüéèá]/g, (c) => MAP[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = base.slice(0, maxLength).replace(/-+$/g, '');
	return cut || 'side';
}

/** The first of `slug`, `slug-2`, `slug-3` … that `taken` does not contain. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
	if (!taken(slug)) return slug;
	for (let n = 2; ; n++) {
		const candidate = `${slug}-${n}`;
		if (!taken(candidate)) return candidate;
	}
}

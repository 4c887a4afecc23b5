/** Parses the small, well-formed CSV files in `geo/data` (quoted fields, commas, no newlines in fields). */
export function parseCsv(text: string): Record<string, string>[] {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '');
	const [header, ...rows] = lines.map(splitLine);
	if (!header) return [];
	return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

function splitLine(line: string): string[] {
	const out: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out;
}

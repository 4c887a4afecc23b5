/**
 * No interface text written inline: text a person reads comes from the catalogues (docs/sprak.md).
 * This scans every .svelte file (markup, attributes, script) and every TypeScript file of the
 * app (services, mail templates, routes, forms) for text that looks Norwegian and reports it as
 * file:line. Exempt: comments, log lines (log.info('…'), console.*), tests and test fixtures,
 * the catalogues themselves (src/lib/i18n), demo-content seed data, the database schema, and
 * what only operators read (start-up configuration, the database tooling).
 *
 * There is no list of files still to do: every file is clean, and a new text fails the test.
 * Print the files that have inline text (and, with FK_PRINT_INLINE_TEXT=all, each text):
 *   FK_PRINT_INLINE_TEXT=1 npx vitest run src/lib/i18n/no-inline-text.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Files that are not interface code, and the places text legitimately lives. */
const EXEMPT = [
	/\.test\.ts$/,
	/\.d\.ts$/,
	/^src\/lib\/i18n\//, // the catalogues
	/^src\/lib\/server\/(.*\/)?demo[^/]*\.ts$/, // demo-content seed data
	/^src\/lib\/server\/content\/demo\//,
	/^src\/lib\/server\/(.*\/)?schema\.ts$/, // the database schema
	/^src\/lib\/server\/(.*\/)?test-[^/]*\.ts$/, // test fixtures and the test build's endpoints
	// The test build's endpoints and the fixtures they seed: compiled out of the production build
	// (routes/test-api answer only in a test build), never read by the site's visitors.
	/^src\/routes\/test-api\//,
	/^src\/lib\/server\/fremtidsbilde\/testing\.ts$/,
	// What only the people running the service read (start-up configuration, the database's
	// own tooling: backup, restore, embedded PostgreSQL), written for them in bokmål.
	/^src\/lib\/server\/config\.ts$/,
	/^src\/lib\/server\/accounts\/secret-box\.ts$/,
	/^src\/lib\/server\/db\//,
	// Monitoring: /helse's notes and the metrics' HELP lines are read by operators and their
	// tools, not by the site's visitors.
	/^src\/lib\/server\/(health|metrics)\.ts$/
];

/** Names written the same in every language; taken out of a text before it is judged. */
const NAMES = [
	'Fremtidens kulturskole',
	'Norsk kulturskoleråd',
	'Kulturskole 3.0',
	'Bokmål',
	'Nynorsk',
	'Microsoft Authenticator',
	'Google Authenticator',
	'FreeOTP',
	'Facebook',
	'LinkedIn',
	'Vimeo',
	'YouTube',
	'KS'
];
const NAME_RE = new RegExp(
	`(?<!\\p{L})(${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`,
	'gu'
);

/** Words of Norwegian prose (bokmål and nynorsk) that English text and code do not use. */
const NORWEGIAN_WORDS = new Set(
	(
		'og ikke ikkje du deg dere dykk din ditt dine di på er til med av som har kan må skal vil ' +
		'ein eit en et ei det dette denne dei hva kva hvordan korleis når fra frå eller etter ved ' +
		'seg sin ble blir vart også nå ingen inga alle mer meir bare berre hvis viss om jeg eg ' +
		'ny nytt nye ut inn opp igjen kl vår vårt våre oss vi mangler finnes finst ugyldig feil ' +
		'ukjent'
	).split(' ')
);

/** Norwegian interface words that stand alone as a label or button: «Lagre», «Avbryt». */
const NORWEGIAN_LABELS = new Set(
	(
		'lagre lagra slett avbryt lukk tilbake neste forrige førre send velg rediger publiser ' +
		'fjern endre vis skjul opprett oppdater kopier svar ja nei navn namn tittel beskrivelse ' +
		'skildring dato tid sted stad status sider side nyheter nyhende arrangementer ressurser ' +
		'meny søk hjem forside framside innhold innhald utkast publisert lagret avlys avlyst ' +
		'e-post passord telefon kommune kommuner fylke adresse melding frist åpen open stengt ' +
		'påmeldt påmelding venteliste deltakere deltakarar eksporter last laster lastar ' +
		'innlogging logg bilde bilete fil filer tekst lenke ingress brødtekst valgfritt valfritt ' +
		'opprettet oppretta endret endra slettet sletta avpublisert kopiert flyttet flytta godkjent ' +
		'avvist sendt mottatt ferdig levert ressurs nyhet arrangement sak tema kilde kjelde'
	).split(' ')
);

/** Attributes whose value a person reads (or hears): judged like text in the markup. */
const TEXT_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label',
	'summary'
]);

/** Attributes that hold code, addresses or tokens, never text. */
const TECHNICAL_ATTRIBUTES =
	/^(class|id|href|src|srcset|sizes|name|type|for|form|style|rel|method|action|formaction|autocomplete|role|lang|hreflang|pattern|accept|enctype|inputmode|target|loading|decoding|media|xmlns(:\w+)?|viewBox|d|fill|stroke(-\w+)?|width|height|x|y|cx|cy|r|points|transform|data-[\w-]+|aria-(controls|describedby|labelledby|owns|current|hidden|expanded|live|haspopup|invalid|required|selected|pressed|checked|disabled|level|sort|atomic|relevant|busy|modal|orientation|posinset|setsize|colcount|colindex|rowcount|rowindex|errormessage|details|flowto|activedescendant|keyshortcuts))$/;

type Finding = { file: string; line: number; text: string };

/** A text without the parts that are never translated: names, addresses, paths, MIME types. */
const prose = (text: string) =>
	text
		.replace(NAME_RE, ' ')
		.replace(/\S*[/@]\S*/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const words = (text: string) => text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];

/** Text in the markup or a readable attribute: any word at all (acronyms and names aside). */
function isMarkupText(raw: string): boolean {
	return words(prose(raw)).some((w) => w.length >= 2 && /\p{Ll}/u.test(w));
}

/**
 * A string in code that looks like Norwegian a person reads: several words with Norwegian
 * letters or words, or one capitalised Norwegian label. Identifiers, keys, addresses and
 * English text pass.
 */
function isNorwegianString(raw: string): boolean {
	const text = prose(raw);
	if (!/\p{L}/u.test(text)) return false;
	// A label before a value in a template (`Ressurs: ${title}`) is judged as the label alone.
	const label = /^(\p{Lu}\p{Ll}[\p{L}-]*:)\s*\{\}$/u.exec(text);
	if (label) return isNorwegianString(label[1]);
	const spaced = /\s/.test(text);
	if (!spaced) {
		// One token: only a capitalised word standing alone (not a key, slug, path or class).
		if (!/^\p{Lu}[\p{L}-]*[.:!?…]?$/u.test(text)) return false;
		const word = text.replace(/[.:!?…]$/, '').toLowerCase();
		return /[æøå]/.test(word) || NORWEGIAN_LABELS.has(word);
	}
	// Code that happens to have spaces: CSS classes, SQL, selectors, MIME lists.
	if (/^[a-z0-9_:/.,;=()[\]#&|*"'<>!{}$-]+( [a-z0-9_:/.,;=()[\]#&|*"'<>!{}$-]+)*$/.test(text)) {
		// Lower-case tokens only: judge them as prose only if a Norwegian word is among them.
		const ws = words(text).map((w) => w.toLowerCase());
		const norwegian = ws.filter((w) => NORWEGIAN_WORDS.has(w) || /[æøå]/.test(w));
		return ws.length >= 2 && norwegian.length >= 2 && !/[=;{}<>]|::|\(\)/.test(text);
	}
	const ws = words(text).map((w) => w.toLowerCase());
	if (ws.length === 0) return false;
	return ws.some((w) => /[æøå]/.test(w) || NORWEGIAN_WORDS.has(w) || NORWEGIAN_LABELS.has(w));
}

function lineOf(source: string) {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return (offset: number) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}

const LOGGERS = new Set(['log', 'logger', 'console']);

// ---------- .svelte: markup, attributes and the scripts' ESTree ----------

type Node = { type?: string; start?: number; [key: string]: unknown };

function scanSvelte(file: string, source: string): Finding[] {
	const found: Finding[] = [];
	const line = lineOf(source);
	const add = (at: number, text: string) =>
		found.push({ file, line: line(at), text: text.replace(/\s+/g, ' ').trim() });
	const ast = parse(source, { modern: true }) as unknown as Node;

	const isLogCall = (n: Node) => {
		const callee = n.callee as Node | undefined;
		const object = callee?.type === 'MemberExpression' ? (callee.object as Node) : undefined;
		return object?.type === 'Identifier' && LOGGERS.has(object.name as string);
	};

	const visit = (node: unknown, attribute: string | null): void => {
		if (Array.isArray(node)) return node.forEach((n) => visit(n, attribute));
		if (!node || typeof node !== 'object') return;
		const n = node as Node;
		switch (n.type) {
			case 'Text': {
				const data = String(n.data ?? '');
				const judged =
					attribute === null || TEXT_ATTRIBUTES.has(attribute)
						? isMarkupText(data)
						: !TECHNICAL_ATTRIBUTES.test(attribute) && isNorwegianString(data);
				if (judged) add(n.start ?? 0, data);
				return;
			}
			case 'Attribute':
				return visit(n.value, String(n.name));
			case 'Comment':
			case 'ImportDeclaration':
			case 'ExportAllDeclaration':
			case 'TSLiteralType':
			case 'TSTypeAnnotation':
			case 'TSInterfaceDeclaration':
			case 'TSTypeAliasDeclaration':
				return;
			case 'CallExpression':
				if (isLogCall(n)) return;
				break;
			case 'TaggedTemplateExpression':
				if ((n.tag as Node).type === 'Identifier' && (n.tag as Node).name === 'sql') return;
				break;
			case 'Literal':
				if (typeof n.value === 'string' && isNorwegianString(n.value)) add(n.start ?? 0, n.value);
				return;
			case 'TemplateLiteral': {
				const quasis = n.quasis as { value: { cooked: string | null; raw: string } }[];
				const text = quasis.map((q) => q.value.cooked ?? q.value.raw).join('{}');
				if (isNorwegianString(text)) add(n.start ?? 0, text);
				return visit(n.expressions, attribute);
			}
			case 'Property':
				if (!n.computed) return visit(n.value, attribute);
				break;
			case 'ExportNamedDeclaration':
				return visit(n.declaration, attribute);
		}
		for (const [key, value] of Object.entries(n)) {
			if (key === 'css' || key === 'loc' || key === 'metadata' || key === 'parent') continue;
			// Expressions inside an attribute or the markup are code: judge their strings as code.
			visit(value, key === 'expression' ? '' : attribute);
		}
	};
	visit(ast, null);
	return found.sort((a, b) => a.line - b.line);
}

// ---------- .ts: string and template literals ----------

function scanTs(file: string, source: string): Finding[] {
	const found: Finding[] = [];
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const add = (node: ts.Node, text: string) =>
		found.push({
			file,
			line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
			text: text.replace(/\s+/g, ' ').trim()
		});
	const isLogCall = (node: ts.CallExpression) =>
		ts.isPropertyAccessExpression(node.expression) &&
		ts.isIdentifier(node.expression.expression) &&
		LOGGERS.has(node.expression.expression.text);
	const isName = (node: ts.Node) => {
		const p = node.parent;
		return (
			((ts.isPropertyAssignment(p) ||
				ts.isPropertySignature(p) ||
				ts.isPropertyDeclaration(p) ||
				ts.isMethodDeclaration(p) ||
				ts.isEnumMember(p)) &&
				p.name === node) ||
			(ts.isElementAccessExpression(p) && p.argumentExpression === node) ||
			ts.isModuleDeclaration(p) ||
			ts.isExternalModuleReference(p)
		);
	};

	const visit = (node: ts.Node): void => {
		if (
			ts.isImportDeclaration(node) ||
			ts.isExportDeclaration(node) ||
			ts.isLiteralTypeNode(node) ||
			ts.isImportTypeNode(node) ||
			ts.isTypeAliasDeclaration(node) ||
			ts.isInterfaceDeclaration(node)
		)
			return;
		if (ts.isCallExpression(node) && isLogCall(node)) return;
		if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'sql') return;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			if (!isName(node) && isNorwegianString(node.text)) add(node, node.text);
			return;
		}
		if (ts.isTemplateExpression(node)) {
			const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{}');
			if (isNorwegianString(text)) add(node, text);
			node.templateSpans.forEach((s) => visit(s.expression));
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return found;
}

// ---------- the files ----------

function files(dir: string): string[] {
	return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const rel = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return files(rel);
		return /\.(svelte|ts)$/.test(entry.name) && !EXEMPT.some((re) => re.test(rel)) ? [rel] : [];
	});
}

function scan(file: string): Finding[] {
	const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
	return file.endsWith('.svelte') ? scanSvelte(file, source) : scanTs(file, source);
}

const report = (list: Finding[]) => list.map((f) => `${f.file}:${f.line}: «${f.text}»`);

describe('no interface text inline', () => {
	it('recognises Norwegian text and leaves code, keys and English alone', () => {
		for (const text of [
			'Du har ikke tilgang',
			'Lagre',
			'Søk',
			'Fant ikke siden',
			'Påmeldingen er stengt.',
			'Ingen treff',
			'E-post',
			'Ressurs: {}'
		])
			expect(isNorwegianString(text), text).toBe(true);
		for (const text of [
			'User-agent: *\nDisallow: /admin\nDisallow: /kommuner\nSitemap: {}/sitemap.xml',
			'PRODID:-//Fremtidens kulturskole//Arrangementer//NB',
			'post@kulturskoleradet.no',
			'utkast',
			'/arrangementer',
			'fullført',
			'btn btn-primary',
			'Europe/Oslo',
			'nb-NO',
			'Content-Type',
			'text/html; charset=utf-8',
			'Fremtidens kulturskole',
			'Not found for this id',
			'KS',
			'select id from events where slug = $1'
		])
			expect(isNorwegianString(text), text).toBe(false);
		expect(isMarkupText('Hopp til hovedinnhold')).toBe(true);
		expect(isMarkupText(' · ')).toBe(false);
		expect(isMarkupText('PDF')).toBe(false);
		expect(isMarkupText('Norsk kulturskoleråd og KS')).toBe(true);
		expect(isMarkupText('Norsk kulturskoleråd · KS')).toBe(false);
		expect(isMarkupText('post@kulturskoleradet.no')).toBe(false);
	});

	it('finds text in markup, attributes and script, and reports the line', () => {
		const svelte = [
			'<script lang="ts">',
			"\timport { m } from '$lib/i18n';",
			"\tlog.info('Dette er en logglinje');",
			"\tconst label = 'Du må logge inn';",
			"\tconst kind: 'utkast' | 'sendt' = 'utkast';",
			'</script>',
			'<!-- En kommentar på norsk -->',
			'<p class="lead ingress">{m.nav.skip}</p>',
			'<button aria-label="Lukk menyen">×</button>',
			'<h2>Siste nytt</h2>',
			"<p>{ok ? 'Ja' : m.nav.menu}</p>",
			'<style>.x { content: "på norsk"; }</style>'
		].join('\n');
		expect(report(scanSvelte('x.svelte', svelte))).toEqual([
			'x.svelte:4: «Du må logge inn»',
			'x.svelte:9: «Lukk menyen»',
			'x.svelte:10: «Siste nytt»',
			'x.svelte:11: «Ja»'
		]);
		const service = [
			"import { m } from '$lib/i18n';",
			'// Fant ikke arrangementet (a comment)',
			"log.warn('Fant ikke arrangementet', { id });",
			"throw new Error('Fant ikke arrangementet');",
			'const q = sql`select * from påmelding`;',
			"const o = { 'Ikke en nøkkel': 1, status: 'fullført' };",
			'const t = `Hei ${name}, du er påmeldt`;',
			"type S = 'Ikke tekst';"
		].join('\n');
		expect(report(scanTs('x.ts', service))).toEqual([
			'x.ts:4: «Fant ikke arrangementet»',
			'x.ts:7: «Hei {}, du er påmeldt»'
		]);
	});

	const all = files('src');
	const findings = all.flatMap(scan);
	const byFile = new Map<string, Finding[]>();
	for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

	if (process.env.FK_PRINT_INLINE_TEXT) {
		console.log(
			[...byFile.keys()]
				.sort()
				.map((f) => `\t'${f}',`)
				.join('\n')
		);
		console.log(`${byFile.size} files, ${findings.length} texts`);
		if (process.env.FK_PRINT_INLINE_TEXT === 'all') console.log(report(findings).join('\n'));
	}

	it('scans the app', () => {
		expect(all.some((f) => f.endsWith('.svelte'))).toBe(true);
		expect(all).toContain('src/lib/server/mail/templates.ts');
		expect(all.filter((f) => EXEMPT.some((re) => re.test(f)))).toEqual([]);
	});

	it('has no inline text anywhere in the app', () => {
		expect(report(findings)).toEqual([]);
	});
});

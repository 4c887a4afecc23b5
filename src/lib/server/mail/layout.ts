/** Plain-text and HTML bodies for our mail, from one list of blocks so the two never drift apart. */
import { config } from '../config';
import { currentLang, HTML_LANG, l, m, t } from '$lib/i18n';

export type Block =
	| { p: string }
	| { button: { label: string; url: string } }
	| { list: string[] }
	| { small: string }
	| { heading: string }
	/** Links side by side (in the text part: each label with its address under it). */
	| { links: { label: string; url: string }[] };

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Rendered {
	subject: string;
	text: string;
	html: string;
	/** Where replies go (an event's contact person), as `"Name" <address>`. */
	replyTo?: string;
}

const LINK_STYLE = 'color:#0b4a8a;word-break:break-all;overflow-wrap:anywhere;';

/** Escaped text with every http(s) address in it as a real link (that wraps on a narrow screen). */
function linked(s: string): string {
	const out: string[] = [];
	let last = 0;
	for (const match of s.matchAll(/https?:\/\/[^\s<>"«»]+/g)) {
		let url = match[0];
		// Punctuation after an address ends the sentence, not the address.
		const trail = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
		if (trail) url = url.slice(0, -trail.length);
		out.push(esc(s.slice(last, match.index)));
		out.push(`<a href="${esc(url)}" style="${LINK_STYLE}">${esc(url)}</a>`);
		last = match.index + url.length;
	}
	out.push(esc(s.slice(last)));
	return out.join('');
}

/** One of our pages (given as its bokmål address) as an absolute link in the active language. */
export const siteUrl = (path: string) => config.origin + l(path);

/** «Hei Kari,» («Hei,» without a name) in the active language. */
export const greeting = (name?: string | null) =>
	name ? t(m.mail.layout.greeting, { name }) : m.mail.layout.greetingAnonymous;

/** The mail in the active language (run it inside withLanguage(recipient's language, …)). */
export function render(subject: string, greeting: string | null, blocks: Block[]): Rendered {
	const words = m.mail.layout;
	const text = [
		greeting ? `${greeting}\n` : '',
		...blocks.map((b) =>
			'p' in b
				? `${b.p}\n`
				: 'button' in b
					? `${b.button.label}:\n${b.button.url}\n`
					: 'list' in b
						? b.list.map((l) => `- ${l}`).join('\n') + '\n'
						: 'heading' in b
							? `${b.heading.toUpperCase()}\n`
							: 'links' in b
								? b.links.map((x) => `${x.label}:\n${x.url}`).join('\n') + '\n'
								: `${b.small}\n`
		),
		`--\n${words.footer}\n${config.origin}\n`
	].join('\n');
	const html = `<!doctype html><html lang="${HTML_LANG[currentLang()]}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="margin:0;background:#f4f5f6;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1e2b3c;">
<div style="max-width:36rem;margin:0 auto;padding:16px;">
<p style="font-weight:700;font-size:18px;margin:0 0 16px;">Fremtidens kulturskole</p>
<div style="background:#fff;border-radius:8px;padding:24px;line-height:1.5;font-size:16px;overflow-wrap:anywhere;word-wrap:break-word;">
${greeting ? `<p>${esc(greeting)}</p>` : ''}
${blocks
	.map((b) =>
		'p' in b
			? `<p>${linked(b.p).replace(/\n/g, '<br>')}</p>`
			: 'button' in b
				? `<p><a href="${esc(b.button.url)}" style="display:inline-block;background:#0b4a8a;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;">${esc(b.button.label)}</a></p><p style="font-size:14px;color:#4a5563;">${esc(words.buttonFallback)}<br><a href="${esc(b.button.url)}" style="${LINK_STYLE}">${esc(b.button.url)}</a></p>`
				: 'list' in b
					? `<ul>${b.list.map((l) => `<li>${linked(l)}</li>`).join('')}</ul>`
					: 'heading' in b
						? `<h2 style="font-size:18px;margin:24px 0 8px;">${esc(b.heading)}</h2>`
						: 'links' in b
							? `<p>${b.links.map((x) => `<a href="${esc(x.url)}" style="color:#0b4a8a;font-weight:600;">${esc(x.label)}</a>`).join(' · ')}</p>`
							: `<p style="font-size:14px;color:#4a5563;">${linked(b.small)}</p>`
	)
	.join('\n')}
</div>
<p style="font-size:13px;color:#4a5563;margin-top:16px;">${esc(words.footerShort)} · <a href="${esc(config.origin)}" style="color:#0b4a8a;">${esc(config.origin.replace(/^https?:\/\//, ''))}</a></p>
</div></body></html>`;
	return { subject, text, html };
}

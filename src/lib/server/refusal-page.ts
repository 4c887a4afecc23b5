/**
 * The page for a refusal decided by the route rule in hooks.server.ts, before any route runs.
 * SvelteKit shows its static `src/error.html` (one page in all three languages, since it cannot know
 * the address) for an error thrown in `handle`; this answers in the language of the address, with
 * the same look and a way on.
 */
import { HTML_LANG, currentLang, l, m, t } from '$lib/i18n';
import { xmlEscape as e } from './xml';

const STYLE = `body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1e2b3c;line-height:1.5}
header{background:#1e2b3c;padding:1rem}header a{color:#fff;font-weight:700;font-size:1.2rem}
main{max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b4a8a}
a:focus-visible{outline:3px solid #f2b84b;outline-offset:2px}.meta{color:#4a5563;font-size:.9rem}`;

/** A 403 page in the request's language (read the language inside a request: `withLanguage`). */
export function forbiddenResponse(): Response {
	const links: [string, string][] = [
		[l('/'), m.errors.toFront],
		[l('/logg-inn'), m.nav.signIn],
		[l('/min-side'), m.nav.mySite]
	];
	const html = `<!doctype html>
<html lang="${HTML_LANG[currentLang()]}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${e(m.errors.forbiddenTitle)} – ${e(m.site.name)}</title>
<style>${STYLE}</style></head>
<body><header><a href="${e(l('/'))}">${e(m.site.name)}</a></header>
<main><h1>${e(m.errors.forbiddenTitle)}</h1>
<p>${e(m.errors.forbiddenText)} ${e(m.errors.forbiddenHelp)}</p>
<ul>${links.map(([href, text]) => `<li><a href="${e(href)}">${e(text)}</a></li>`).join('')}</ul>
<p class="meta">${e(t(m.pub.errors.http, { status: 403 }))}</p></main></body></html>`;
	return new Response(html, {
		status: 403,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

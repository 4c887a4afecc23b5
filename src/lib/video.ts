/** Embed addresses for the video hosts we allow (also listed in the CSP's frame-src). */
export function embedUrl(pageUrl: string | null | undefined): string | null {
	if (!pageUrl) return null;
	let u: URL;
	try {
		u = new URL(pageUrl);
	} catch {
		return null;
	}
	const host = u.hostname.replace(/^www\./, '');
	if (host === 'vimeo.com' || host === 'player.vimeo.com') {
		const id = u.pathname.match(/(\d{6,})/)?.[1];
		return id ? `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` : null;
	}
	if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') {
		const id =
			host === 'youtu.be'
				? u.pathname.slice(1)
				: (u.searchParams.get('v') ?? u.pathname.split('/').pop());
		return id && /^[\w-]{6,}$/.test(id)
			? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`
			: null;
	}
	return null;
}

export function formatDuration(seconds: number | null | undefined): string {
	if (!seconds) return '';
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

import { error } from '@sveltejs/kit';
import { resourceBySlug } from '$lib/server/content/resources.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import { fileMeta } from '$lib/server/content/media.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const r = /^[a-z0-9-]{1,120}$/.test(params.slug) ? await resourceBySlug(params.slug) : null;
	if (!r) error(404, 'Ressursen finnes ikke');
	const file = r.fileId ? await fileMeta(r.fileId) : null;
	return {
		resource: {
			slug: r.slug,
			kind: r.kind,
			title: r.title,
			year: r.year,
			url: r.url,
			videoUrl: r.videoUrl,
			videoUrlSubtitled: r.videoUrlSubtitled,
			durationSeconds: r.durationSeconds,
			descriptionHtml: renderMarkdown(r.description),
			descriptionText: r.description.slice(0, 300),
			transcriptHtml: renderMarkdown(r.transcript),
			updatedAt: r.updatedAt
		},
		file
	};
};

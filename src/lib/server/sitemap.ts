/** Every public address for /sitemap.xml: each domain contributes its own list. */
import { contentSitemapEntries, type SitemapEntry } from './content/feeds';

export async function allSitemapEntries(): Promise<SitemapEntry[]> {
	const parts = await Promise.all([contentSitemapEntries()]);
	return parts.flat();
}

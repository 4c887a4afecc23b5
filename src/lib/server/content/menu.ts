/**
 * The site's menu and shortcuts, shared by every layout that shows the site header. Addresses
 * are in the language of the request (l()), so a visitor on /nn/… stays in nynorsk.
 */
import { menuTree, type MenuNode } from './pages.service';
import type { MenuItem } from '$lib/components/SiteHeader.svelte';
import { l, m } from '$lib/i18n';

export function toMenuItem(n: MenuNode): MenuItem {
	return {
		title: n.menuTitle ?? n.title,
		href: l(n.linkUrl ?? n.path),
		children: n.children.map(toMenuItem)
	};
}

export async function siteChrome() {
	const tree = await menuTree();
	return {
		menu: tree.map(toMenuItem),
		shortcuts: [
			{ title: m.nav.news, href: l('/nyheter') },
			{ title: m.nav.programmes, href: l('/program') },
			{ title: m.nav.events, href: l('/arrangementer') },
			{ title: m.nav.resources, href: l('/ressurser') },
			{ title: m.nav.stories, href: l('/erfaringer') }
		]
	};
}

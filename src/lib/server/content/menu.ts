/** The site's menu and shortcuts, shared by every layout that shows the site header. */
import { menuTree, type MenuNode } from './pages.service';
import type { MenuItem } from '$lib/components/SiteHeader.svelte';
import { m } from '$lib/i18n';

export function toMenuItem(n: MenuNode): MenuItem {
	return {
		title: n.menuTitle ?? n.title,
		href: n.linkUrl ?? n.path,
		children: n.children.map(toMenuItem)
	};
}

export async function siteChrome() {
	const tree = await menuTree();
	return {
		menu: tree.map(toMenuItem),
		shortcuts: [
			{ title: m.nav.news, href: '/nyheter' },
			{ title: m.nav.programmes, href: '/program' },
			{ title: m.nav.events, href: '/arrangementer' },
			{ title: m.nav.resources, href: '/ressurser' },
			{ title: m.nav.stories, href: '/erfaringer' }
		]
	};
}

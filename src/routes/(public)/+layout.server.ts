import { menuTree, type MenuNode } from '$lib/server/content/pages.service';
import type { MenuItem } from '$lib/components/SiteHeader.svelte';
import { m } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

function toItem(n: MenuNode): MenuItem {
	return {
		title: n.menuTitle ?? n.title,
		href: n.linkUrl ?? n.path,
		children: n.children.map(toItem)
	};
}

export const load: LayoutServerLoad = async () => {
	const tree = await menuTree();
	return {
		menu: tree.map(toItem),
		shortcuts: [
			{ title: m.nav.news, href: '/nyheter' },
			{ title: m.nav.resources, href: '/ressurser' }
		]
	};
};

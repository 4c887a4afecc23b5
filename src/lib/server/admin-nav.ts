/**
 * The admin area's menu: each entry shows only to those who may use it (the same rules as
 * accounts/access.ts, which enforces them). Features add their entry here.
 */
import type { Actor } from './accounts/actor';
import { can, isEditor, isStaff, isWriter } from './accounts/permissions';
import { m } from '$lib/i18n';

type Group = keyof typeof m.admin.shell.groups;
type Item = keyof typeof m.admin.shell.items;

/** An entry names its label by key: the text is read per request, in the request's language. */
interface NavEntry {
	href: string;
	label: Item;
	group: Group;
	allow: (a: Actor) => boolean;
}

const ENTRIES: NavEntry[] = [
	{ href: '/admin/sider', label: 'pages', group: 'content', allow: isWriter },
	{ href: '/admin/nyheter', label: 'news', group: 'content', allow: isWriter },
	{ href: '/admin/ressurser', label: 'resources', group: 'content', allow: isWriter },
	{ href: '/admin/personer', label: 'people', group: 'content', allow: isEditor },
	{ href: '/admin/sporsmal', label: 'faq', group: 'content', allow: isEditor },
	{ href: '/admin/filer', label: 'files', group: 'content', allow: isEditor },
	{ href: '/admin/bilder', label: 'images', group: 'content', allow: isEditor },
	{ href: '/admin/omdirigeringer', label: 'redirects', group: 'content', allow: isEditor },
	{ href: '/admin/erfaringer', label: 'stories', group: 'content', allow: isEditor },
	{ href: '/admin/program', label: 'programmes', group: 'development', allow: isStaff },
	{
		href: '/admin/program/interesse',
		label: 'interest',
		group: 'development',
		allow: isStaff
	},
	{ href: '/admin/kommuner', label: 'municipalities', group: 'development', allow: isStaff },
	{ href: '/admin/innsikt', label: 'insight', group: 'development', allow: isStaff },
	{ href: '/admin/samfunnsmal', label: 'goals', group: 'development', allow: isEditor },
	{ href: '/admin/arrangementer', label: 'events', group: 'collections', allow: isStaff },
	{ href: '/admin/brukere', label: 'users', group: 'operations', allow: can.manageUsers },
	{ href: '/admin/e-post', label: 'outbox', group: 'operations', allow: can.readOutbox },
	{ href: '/admin/logg', label: 'audit', group: 'operations', allow: can.readAuditLog },
	{ href: '/admin/innlogging', label: 'signIn', group: 'operations', allow: can.manageUsers }
];

export function adminNav(actor: Actor) {
	const visible = ENTRIES.filter((e) => can.useAdmin(actor) && e.allow(actor));
	const groups = [...new Set(visible.map((e) => e.group))];
	return groups.map((group) => ({
		group: m.admin.shell.groups[group],
		items: visible
			.filter((e) => e.group === group)
			.map(({ href, label }) => ({ href, label: m.admin.shell.items[label] }))
	}));
}

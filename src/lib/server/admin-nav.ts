/**
 * The admin area's menu: each entry shows only to those who may use it (the same rules as
 * accounts/access.ts, which enforces them). Features add their entry here.
 */
import type { Actor } from './accounts/actor';
import { can, isEditor, isStaff } from './accounts/permissions';

interface NavEntry {
	href: string;
	label: string;
	group: 'Innhold' | 'Samlinger' | 'Utvikling' | 'Drift';
	allow: (a: Actor) => boolean;
}

const ENTRIES: NavEntry[] = [
	{ href: '/admin/sider', label: 'Sider', group: 'Innhold', allow: isEditor },
	{ href: '/admin/nyheter', label: 'Nyheter', group: 'Innhold', allow: isEditor },
	{ href: '/admin/ressurser', label: 'Ressurser', group: 'Innhold', allow: isEditor },
	{ href: '/admin/personer', label: 'Personer', group: 'Innhold', allow: isEditor },
	{ href: '/admin/sporsmal', label: 'Spørsmål og svar', group: 'Innhold', allow: isEditor },
	{ href: '/admin/filer', label: 'Filer', group: 'Innhold', allow: isEditor },
	{ href: '/admin/erfaringer', label: 'Erfaringshistorier', group: 'Innhold', allow: isEditor },
	{ href: '/admin/program', label: 'Program', group: 'Utvikling', allow: isStaff },
	{
		href: '/admin/program/interesse',
		label: 'Interesse for regionalt program',
		group: 'Utvikling',
		allow: isStaff
	},
	{ href: '/admin/kommuner', label: 'Kommuner', group: 'Utvikling', allow: isStaff },
	{ href: '/admin/samfunnsmal', label: 'Samfunnsmål', group: 'Utvikling', allow: isEditor },
	{ href: '/admin/arrangementer', label: 'Arrangementer', group: 'Samlinger', allow: isStaff },
	{ href: '/admin/brukere', label: 'Brukere', group: 'Drift', allow: can.manageUsers },
	{ href: '/admin/e-post', label: 'E-post (utboks)', group: 'Drift', allow: can.readOutbox },
	{ href: '/admin/logg', label: 'Endringslogg', group: 'Drift', allow: can.readAuditLog }
];

export function adminNav(actor: Actor) {
	const visible = ENTRIES.filter((e) => isStaff(actor) && e.allow(actor));
	const groups = [...new Set(visible.map((e) => e.group))];
	return groups.map((group) => ({
		group,
		items: visible.filter((e) => e.group === group).map(({ href, label }) => ({ href, label }))
	}));
}

import { fail } from '@sveltejs/kit';
import {
	GROUP_ROWS_MAX,
	groupPage,
	registerGroup,
	type GroupRow,
	type GroupSeat
} from '$lib/server/events/registration/group';
import { nrOf } from '$lib/server/fremtidsbilde/route-kit';
import { orRefused, problemOf } from '$lib/server/http';
import { message } from '$lib/i18n';
import { groupFieldId } from '$lib/forms/registering-others';
import type { Actions, PageServerLoad } from './$types';

/** Rows a new form starts with. */
const START_ROWS = 3;

const blank = (): GroupRow => ({ name: '', email: '', role: '', attendance: '' });

export const load: PageServerLoad = async ({ params, locals }) => {
	const page = await orRefused(() => groupPage(locals.user!, nrOf(params), params.slug));
	return {
		...page,
		number: nrOf(params),
		max: GROUP_ROWS_MAX,
		start: Array.from({ length: START_ROWS }, blank)
	};
};

/** The rows as posted (fields of the same name, in order), at most the maximum. */
function rowsFrom(fd: FormData): GroupRow[] {
	const text = (key: string, max: number) => fd.getAll(key).map((v) => String(v).slice(0, max));
	const names = text('name', 120);
	const emails = text('email', 254);
	const roles = text('role', 120);
	const ways = text('attendance', 20);
	const count = Math.min(GROUP_ROWS_MAX, Math.max(names.length, emails.length, roles.length, 1));
	return Array.from({ length: count }, (_, i) => ({
		name: names[i] ?? '',
		email: emails[i] ?? '',
		role: roles[i] ?? '',
		attendance: ways[i] ?? ''
	}));
}

type GroupErrors = Record<string, string[]>;
const fieldId = groupFieldId;

export const actions: Actions = {
	meldpa: async ({ request, params, locals }) => {
		const fd = await request.formData();
		let rows = rowsFrom(fd);
		const consent = fd.get('consent') === 'true';
		const options = fd
			.getAll('options')
			.map((v) => String(v).slice(0, 12))
			.slice(0, 50);
		const intent = String(fd.get('handling') ?? 'send');
		// «Legg til rad» and «Fjern»: the same form back, one row more or less, nothing checked.
		if (intent === 'leggtil') {
			if (rows.length < GROUP_ROWS_MAX) rows = [...rows, blank()];
			// The new row's first field takes focus (the page's fragment scrolls to it too).
			return { rows, consent, options, added: rows.length - 1 };
		}
		if (intent.startsWith('fjern-')) {
			const i = Number(intent.slice('fjern-'.length));
			rows = rows.filter((_, j) => j !== i);
			if (rows.length === 0) rows = [blank()];
			return { rows, consent, options };
		}
		const errors: GroupErrors = {};
		let seats: GroupSeat[] | null = null;
		try {
			const result = await registerGroup(
				locals.user!,
				nrOf(params),
				params.slug,
				rows,
				consent,
				options
			);
			if (result.kind === 'invalid')
				for (const p of result.problems)
					(errors[fieldId(p.row, p.field)] ??= []).push(message(p.key, p.values));
			else seats = result.seats;
		} catch (e) {
			const p = problemOf(e);
			return fail(p.status, {
				rows,
				consent,
				options,
				errors: { _errors: [p.text] } as GroupErrors
			});
		}
		if (!seats) return fail(400, { rows, consent, options, errors });
		return { seats };
	}
};

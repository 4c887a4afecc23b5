import { fail, redirect } from '@sveltejs/kit';
import {
	isParticipantStatus,
	moveRegistration,
	participants
} from '$lib/server/events/participants.admin';
import { questionsOf } from '$lib/server/events/registration/target';
import { changeAttendanceByStaff } from '$lib/server/events/registration/attendance-change';
import { ATTENDANCES, type Attendance } from '$lib/forms/events';
import { eventIdParam, numberParam, orError } from '$lib/server/events/route-helpers';
import { actionProblem } from '$lib/server/http';
import { now } from '$lib/server/clock';
import { l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = eventIdParam(params.id)!;
	const raw = url.searchParams.get('status');
	const status = isParticipantStatus(raw) ? raw : 'confirmed';
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const page = /^\d{1,5}$/.test(url.searchParams.get('side') ?? '')
		? Number(url.searchParams.get('side'))
		: 1;
	const list = await orError(participants(locals.user!, id, { status, q, page }));
	const e = list.event;
	return {
		event: {
			id: e.id,
			title: e.title,
			slug: e.slug,
			status: e.status,
			capacity: e.capacity,
			format: e.format,
			startsAt: e.startsAt,
			endsAt: e.endsAt
		},
		counts: list.counts,
		options: list.options,
		rows: list.rows,
		total: list.total,
		page: list.page,
		pages: list.pages,
		questions: (await questionsOf(id)).map((x) => ({ id: x.id, label: x.label })),
		status,
		q,
		ended: now() >= e.endsAt,
		notice: url.searchParams.get('flyttet')
			? m.admin.participants.moved
			: url.searchParams.has('avlyst')
				? t(m.admin.participants.cancelledNotice, {
						count: Number(url.searchParams.get('avlyst')) || 0
					})
				: null
	};
};

export const actions: Actions = {
	flytt: async ({ request, params, locals, url }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const to = String(fd.get('til'));
		if (!isParticipantStatus(to)) return fail(400, { problem: m.problems.events.moveChoose });
		try {
			await orError(
				moveRegistration(
					locals.user!,
					id,
					numberParam(String(fd.get('pamelding')), 'problems.pages.registration'),
					to
				)
			);
		} catch (e) {
			return actionProblem(e);
		}
		const back = new URLSearchParams();
		for (const k of ['status', 'q', 'side']) {
			const v = url.searchParams.get(k);
			if (v) back.set(k, v);
		}
		back.set('flyttet', '1');
		redirect(303, l(`/admin/arrangementer/${id}/deltakere?${back}`));
	},
	// A hybrid event: to the room or to the net (a seat there, or its waitlist when full).
	deltaking: async ({ request, params, locals, url }) => {
		const id = eventIdParam(params.id)!;
		const fd = await request.formData();
		const to = String(fd.get('til'));
		if (!(ATTENDANCES as readonly string[]).includes(to))
			return fail(400, { problem: m.problems.events.attendanceMissing });
		try {
			await orError(
				changeAttendanceByStaff(
					locals.user!,
					id,
					numberParam(String(fd.get('pamelding')), 'problems.pages.registration'),
					to as Attendance
				)
			);
		} catch (e) {
			return actionProblem(e);
		}
		const back = new URLSearchParams();
		for (const k of ['status', 'q', 'side']) {
			const v = url.searchParams.get(k);
			if (v) back.set(k, v);
		}
		back.set('flyttet', '1');
		redirect(303, l(`/admin/arrangementer/${id}/deltakere?${back}`));
	}
};

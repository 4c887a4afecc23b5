/** Filter forms on list pages (GET forms that also work without JavaScript). */
import { goto } from '$app/navigation';

/**
 * With JavaScript the list updates as soon as a filter changes (the form's own action,
 * empty fields left out); without, the form's button submits it. Use as `onchange`.
 */
export function followFilter(e: Event) {
	const form = e.currentTarget as HTMLFormElement | null;
	if (!form) return;
	const path = new URL(form.action, location.href).pathname;
	const params = new URLSearchParams();
	for (const [k, v] of new FormData(form)) if (v !== '') params.append(k, String(v));
	const qs = params.toString();
	goto(qs ? `${path}?${qs}` : path, { keepFocus: true, noScroll: true, replaceState: true });
}

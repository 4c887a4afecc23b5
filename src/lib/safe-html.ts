/** HTML that has passed the sanitiser (see server/content/markdown.ts). */
export type SafeHtml = string & { readonly __safeHtml: unique symbol };

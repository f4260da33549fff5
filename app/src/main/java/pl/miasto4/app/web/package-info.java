/**
 * Infrastructure of pages and the API: layout model, i18n, number formats, RFC 7807 errors, JSON in pages,
 * and two speed-ups to framework internals behind switches ({@code FastHandlerLookup}, {@code JsonDates}).
 * Uses no feature.
 */
package pl.miasto4.app.web;

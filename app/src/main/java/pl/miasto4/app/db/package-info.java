/**
 * Infrastructure of storage: the embedded or external PostgreSQL, {@code CopyRows} (COPY … FROM STDIN),
 * advisory locks. Uses no feature.
 */
package pl.miasto4.app.db;

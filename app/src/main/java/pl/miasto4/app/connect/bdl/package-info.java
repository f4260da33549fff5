/**
 * GUS Bank Danych Lokalnych as a source. {@code BdlFileConnector}: the files GUS exports (CTAB, XTAB,
 * XPIV, the area register), read by core's {@code pl.miasto4.indicator.io.bdl}, validated and mapped
 * to catalogue indicators through {@code connect/bdl/mapping.csv}, then imported by
 * {@code importing}'s all-or-nothing import (as its {@code SourceFormat}). SQL in
 * {@code BdlCatalogueRepository}. Uses importing, audit.
 */
package pl.miasto4.app.connect.bdl;

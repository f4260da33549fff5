/** PKW results files → turnout per city with county rights and election (governance). */
package pl.miasto4.app.connect.elections;

/** What every connector shares: its values into the store's import, units found by TERYT or name, summaries in Polish and English. */
package pl.miasto4.app.connect.load;

/**
 * Participatory budgeting in the product. Sub-packages: {@code counting} (the pb CLI on pabulib files),
 * {@code results} (stored editions, results, pool files), {@code voting} (ballots, the sealed box, secrets, the
 * voter register), {@code admin} (editions, pools, the pabulib import, the admin pages and API); this package
 * holds the public pages and API and the {@code pb} command. Arrows: root → admin → voting → results;
 * counting stands alone. Uses audit.
 */
package pl.miasto4.app.pb;

/**
 * Participatory budgeting (budżet obywatelski): the pabulib file format and the counting engine.
 * <ul>
 *   <li>{@code pl.miasto4.pb}: the vote as data — {@link pl.miasto4.pb.Instance} (projects, money, ballot
 *       rules), {@link pl.miasto4.pb.Profile} (ballots), {@link pl.miasto4.pb.OfficialResult} (the city's
 *       result, kept apart so no rule can read it), the reader and writer of {@code .pb} files;</li>
 *   <li>{@code pl.miasto4.pb.rules}: counting rules as pure functions of (Instance, Profile), in exact
 *       arithmetic;</li>
 *   <li>{@code pl.miasto4.pb.analysis}: comparing a count with the official result, fairness figures.</li>
 * </ul>
 * Plain Java: no framework, no database. See docs/pb.md.
 */
package pl.miasto4.pb;

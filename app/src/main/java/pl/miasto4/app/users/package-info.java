/**
 * User management: the administrator's users page (invite with a one-time password, roles and unit
 * scope, disable, reset password) and every user's own password change; each change is audited.
 * Accounts are stored by {@code security.UserRepository}.
 */
package pl.miasto4.app.users;

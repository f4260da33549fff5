package pl.miasto4.app.users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.miasto4.app.security.Role;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrator's users page ({@code /admin/users}, role admin, see SecurityConfig) and every
 * logged-in user's password page ({@code /account/password}). A new or reset one-time password is shown
 * once on the answer to the POST and never stored in clear.
 */
@Controller
public class UsersPages {
    private final UserAdmin users;

    public UsersPages(UserAdmin users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    public String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "users/list";
    }

    @PostMapping("/admin/users")
    public String invite(@RequestParam(defaultValue = "") String username,
                         @RequestParam(name = "role", required = false) List<String> roles,
                         @RequestParam(defaultValue = "false") boolean allUnits,
                         @RequestParam(defaultValue = "") String units, Principal principal, Model model) {
        try {
            String password = users.invite(principal.getName(), username, roles(roles), allUnits, units);
            model.addAttribute("oneTime", new OneTime(username.strip().toLowerCase(java.util.Locale.ROOT), password));
        } catch (UserAdmin.Refused e) {
            model.addAttribute("error", e);
        }
        return list(model);
    }

    @PostMapping("/admin/users/{username}/roles")
    public String roles(@PathVariable String username, @RequestParam(name = "role", required = false) List<String> roles,
                        @RequestParam(defaultValue = "false") boolean allUnits, @RequestParam(defaultValue = "") String units,
                        Principal principal, Model model) {
        return act(model, () -> users.setRoles(principal.getName(), username, roles(roles), allUnits, units), "users.saved");
    }

    @PostMapping("/admin/users/{username}/disable")
    public String disable(@PathVariable String username, Principal principal, Model model) {
        return act(model, () -> users.setDisabled(principal.getName(), username, true), "users.disabled.done");
    }

    @PostMapping("/admin/users/{username}/enable")
    public String enable(@PathVariable String username, Principal principal, Model model) {
        return act(model, () -> users.setDisabled(principal.getName(), username, false), "users.enabled.done");
    }

    @PostMapping("/admin/users/{username}/reset")
    public String reset(@PathVariable String username, Principal principal, Model model) {
        try {
            model.addAttribute("oneTime", new OneTime(username, users.resetPassword(principal.getName(), username)));
        } catch (UserAdmin.Refused e) {
            model.addAttribute("error", e);
        }
        return list(model);
    }

    @GetMapping("/account/password")
    public String passwordForm(Model model) {
        model.addAttribute("min", UserAdmin.MIN_PASSWORD);
        return "users/password";
    }

    @PostMapping("/account/password")
    public String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                                 @RequestParam(defaultValue = "") String repeat, Principal principal, Model model) {
        try {
            users.changeOwnPassword(principal.getName(), current, password, repeat);
            model.addAttribute("done", true);
        } catch (UserAdmin.Refused e) {
            model.addAttribute("error", e);
        }
        return passwordForm(model);
    }

    /** A password shown once. */
    public record OneTime(String username, String password) {
    }

    private String act(Model model, Runnable action, String doneKey) {
        try {
            action.run();
            model.addAttribute("done", doneKey);
        } catch (UserAdmin.Refused e) {
            model.addAttribute("error", e);
        }
        return list(model);
    }

    private static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String c : codes) {
                try {
                    roles.add(Role.of(c));
                } catch (IllegalArgumentException e) {
                    throw new UserAdmin.Refused("users.error.roles");
                }
            }
        }
        return roles;
    }
}

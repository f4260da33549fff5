package pl.miasto4.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The users page and the password page in Chromium, on a phone and a laptop, in Polish and English. */
class UsersPagesBrowserTest extends BrowserTest {

    private void shot(String name) throws Exception {
        Path to = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(to.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theUsersAndPasswordPagesFitAPhoneAndALaptopAndAreAccessible() throws Exception {
        open("/admin/users");
        if (driver.getCurrentUrl().endsWith("/login")) {
            logInHere();
            open("/admin/users");
        }
        for (Dimension size : new Dimension[] {new Dimension(390, 844), new Dimension(1366, 900)}) {
            driver.manage().window().setSize(size);
            open("/admin/users");
            assertThat(h1()).isEqualTo("Użytkownicy");
            assertThat(driver.findElement(By.cssSelector("ul.users")).getText()).contains("admin")
                    .contains("administrator (użytkownicy i ustawienia)");
            assertNoHorizontalScroll();
            assertAccessible();
            shot("users-" + size.getWidth());
            open("/account/password");
            assertThat(h1()).isEqualTo("Zmień hasło");
            assertNoHorizontalScroll();
            assertAccessible();
            shot("password-" + size.getWidth());
        }
        // invite: the one-time password is shown once
        open("/admin/users");
        driver.findElement(By.id("username")).sendKeys("jan.analityk");
        driver.findElement(By.cssSelector("form[action$='/admin/users'] input[name=role][value=analyst]")).click();
        clickAndLoad(By.cssSelector("form[action$='/admin/users'] button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector("code.secret")).getText()).hasSizeGreaterThanOrEqualTo(16);
        shot("users-invited-" + driver.manage().window().getSize().getWidth());
        clickAndLoad(By.linkText("English"));
        assertThat(h1()).isEqualTo("Users");
        assertAccessible();
        shot("users-en");
        clickAndLoad(By.linkText("Polski"));
    }
}

package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.portfolio.PortfolioPages;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.web.csrf.CsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the maturity pages share: a record that does not exist answers 404 with the site's error
 * page, and the CSRF token is made before rendering starts — these pages are long, and a form
 * near their end would otherwise ask for a session after the response has been committed.
 */
@ControllerAdvice(assignableTypes = {MaturityPages.class, QuestionnairePage.class, PortfolioPages.class})
public class MaturityPageAdvice {

    @ModelAttribute
    void csrfBeforeRendering(HttpServletRequest request) {
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            csrf.getToken();
        }
    }

    @ExceptionHandler(AssessmentService.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(AssessmentService.NotFound e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("error", "Not Found");
        model.addAttribute("message", e.getMessage());
        return "error";
    }
}

package pl.miasto4.app.dataset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;

@Controller
public class DatasetsPage {
    private final DatasetRepository datasets;

    public DatasetsPage(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    @GetMapping("/datasets")
    public String datasets(Model model) {
        model.addAttribute("datasets", datasets.findAll());
        model.addAttribute("today", LocalDate.now());
        return "datasets";
    }
}

package org.mingyuan.platform.site.web;

import org.mingyuan.platform.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what the platform is, in a few lines. */
@Controller
class HomePage {

    private final DemoMode demo;

    HomePage(DemoMode demo) {
        this.demo = demo;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("demo", demo.enabled());
        return "home";
    }
}

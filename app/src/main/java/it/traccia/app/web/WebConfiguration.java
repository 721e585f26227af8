package it.traccia.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RouteAccess} in front of every route of the API. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final RouteAccess routeAccess;

    public WebConfiguration(RouteAccess routeAccess) {
        this.routeAccess = routeAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(routeAccess).addPathPatterns("/api/**");
    }
}

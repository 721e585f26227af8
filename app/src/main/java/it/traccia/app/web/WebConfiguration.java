package it.traccia.app.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link RouteAccess} in front of every route of the API and of the pages that name a plan or a task, then
 * {@link QueryParameters} in front of the API's, and has Tomcat answer what it refuses itself with a problem detail
 * ({@link ContainerErrorReport}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final RouteAccess routeAccess;
    private final QueryParameters queryParameters;

    public WebConfiguration(RouteAccess routeAccess, QueryParameters queryParameters) {
        this.routeAccess = routeAccess;
        this.queryParameters = queryParameters;
    }

    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTheContainer() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(routeAccess).addPathPatterns("/api/**", "/piani/**", "/attivita/**");
        registry.addInterceptor(queryParameters).addPathPatterns("/api/**");
    }
}

package it.traccia.workflow.approval;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the approval's settings (impostazioni dell'approvazione) from {@code traccia.approval.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalDeadlineProperties.class)
public class ApprovalConfiguration {
}

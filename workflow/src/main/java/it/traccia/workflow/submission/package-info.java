/** The submission of a plan to the Giunta (trasmissione alla Giunta): starts or resumes the plan's process. */
package it.traccia.workflow.submission;

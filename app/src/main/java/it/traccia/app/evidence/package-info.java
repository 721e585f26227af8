/** The supporting documents of monitoring (documenti a supporto): their bytes kept once by content, their kinds. */
package it.traccia.app.evidence;

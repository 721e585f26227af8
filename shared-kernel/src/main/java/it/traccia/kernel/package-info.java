/** The published language of Traccia: value objects, typed ids and the actor shared by every module. */
package it.traccia.kernel;

/** The weight history (storia dei pesi): every weight each objective and phase has had, who set it, when and why. */
package it.traccia.plan.query.weights;

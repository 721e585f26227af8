package it.traccia.kernel;

import java.util.Objects;

/** Who did something (chi): the user's login and the role in which they acted. */
public record Actor(String userId, Role role) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }

    /** Whether this actor may edit the content of a draft plan (Segretario or Responsabile). */
    public boolean mayEditPlans() {
        return role == Role.SEGRETARIO || role == Role.RESPONSABILE;
    }
}

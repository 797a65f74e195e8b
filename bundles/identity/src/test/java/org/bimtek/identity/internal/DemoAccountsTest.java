package org.bimtek.identity.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    @Test
    void eachStoredHashIsThePublishedPasswordAtTodaysCost() {
        PasswordHasher hasher = new PasswordHasher();
        for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
            assertTrue(hasher.verify(demo.password().toCharArray(), demo.passwordHash()), demo.username());
            assertTrue(demo.passwordHash().contains("m=" + PasswordHasher.MEMORY_KIB + ",t=" + PasswordHasher.ITERATIONS), demo.username());
        }
    }
}

/** The web shell: page frame and menu, login and home pages, health, the OpenAPI document. */
@Header(name = "Karaf-Commands", value = "org.bimtek.web.internal.shell")
package org.bimtek.web.internal;

import org.osgi.annotation.bundle.Header;

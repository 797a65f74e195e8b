/** Awards as other features see them: the awards a registry person has won, for their person page. */
@Export
@Version("1.0.0")
package org.bimtek.api.awards;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

# GENERATED from ui/sources_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sources_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SourcesDialog(object):
    def setupUi(self, SourcesDialog):
        if not SourcesDialog.objectName():
            SourcesDialog.setObjectName(u"SourcesDialog")
        SourcesDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(SourcesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SourcesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.sourceList = QListWidget(SourcesDialog)
        self.sourceList.setObjectName(u"sourceList")
        self.sourceList.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.sourceList)

        self.buttonLayout = QVBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(SourcesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(SourcesDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonLayout.addWidget(self.renameButton)

        self.buttonSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.listLayout.addLayout(self.buttonLayout)


        self.dialogLayout.addLayout(self.listLayout)

        self.buttonBox = QDialogButtonBox(SourcesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SourcesDialog)
        self.buttonBox.rejected.connect(SourcesDialog.reject)
    # setupUi

    def retranslateUi(self, SourcesDialog):
        SourcesDialog.setWindowTitle(QCoreApplication.translate("SourcesDialog", u"Information sources", None))
        self.introLabel.setText(QCoreApplication.translate("SourcesDialog", u"Sources that officers can name when they update the vulnerability. Untick a source to hide it from the list; records that already name it keep it.", None))
        self.addButton.setText(QCoreApplication.translate("SourcesDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("SourcesDialog", u"&Rename\u2026", None))
    # retranslateUi


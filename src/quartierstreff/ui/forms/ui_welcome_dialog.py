# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from quartierstreff.ui.widgets.banner import MessageBanner

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(760, 340)
        WelcomeDialog.setMinimumSize(QSize(700, 330))
        self.mainLayout = QVBoxLayout(WelcomeDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.choicesLayout = QHBoxLayout()
        self.choicesLayout.setSpacing(16)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.emptyBox = QGroupBox(WelcomeDialog)
        self.emptyBox.setObjectName(u"emptyBox")
        self.emptyLayout = QVBoxLayout(self.emptyBox)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTextLabel = QLabel(self.emptyBox)
        self.emptyTextLabel.setObjectName(u"emptyTextLabel")
        self.emptyTextLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTextLabel)

        self.nameLabel = QLabel(self.emptyBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.emptyLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.emptyBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.emptyLayout.addWidget(self.nameEdit)

        self.emptySpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.startEmptyButton = QPushButton(self.emptyBox)
        self.startEmptyButton.setObjectName(u"startEmptyButton")

        self.emptyLayout.addWidget(self.startEmptyButton)


        self.choicesLayout.addWidget(self.emptyBox)

        self.demoBox = QGroupBox(WelcomeDialog)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoTextLabel = QLabel(self.demoBox)
        self.demoTextLabel.setObjectName(u"demoTextLabel")
        self.demoTextLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoTextLabel)

        self.demoSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demoLayout.addItem(self.demoSpacer)

        self.loadDemoButton = QPushButton(self.demoBox)
        self.loadDemoButton.setObjectName(u"loadDemoButton")
        self.loadDemoButton.setAutoDefault(False)

        self.demoLayout.addWidget(self.loadDemoButton)


        self.choicesLayout.addWidget(self.demoBox)


        self.mainLayout.addLayout(self.choicesLayout)

        self.errorLabel = MessageBanner(WelcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.mainLayout.addWidget(self.errorLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(WelcomeDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(WelcomeDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.progressLayout.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.progressLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(WelcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.startEmptyButton)
        QWidget.setTabOrder(self.startEmptyButton, self.loadDemoButton)

        self.retranslateUi(WelcomeDialog)

        self.startEmptyButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to Quartierstreff", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to Quartierstreff", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"This database is still empty. How would you like to begin?", None))
        self.emptyBox.setTitle(QCoreApplication.translate("WelcomeDialog", u"Your own centre", None))
        self.emptyTextLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Enter the name of your centre. Address, bank details and everything else can be added later under Settings.", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Name of the centre:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"e.g. B\u00fcrgertreff S\u00fcdstadt", None))
        self.startEmptyButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Start empty", None))
        self.demoBox.setTitle(QCoreApplication.translate("WelcomeDialog", u"Look around first", None))
        self.demoTextLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.", None))
        self.loadDemoButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Load example centre", None))
        self.progressLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Loading the example centre \u2026", None))
    # retranslateUi

